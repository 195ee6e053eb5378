import type { Story } from './types';

export function findQuotations(_story: Story): void {}
