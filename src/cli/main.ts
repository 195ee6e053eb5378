import { analyzeStory } from '../core';
console.log(JSON.stringify(analyzeStory('').findings));
