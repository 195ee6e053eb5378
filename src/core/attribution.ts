import type { Story } from './types';
import type { ResolvedOptions } from './options';

export function attributeQuotations(_story: Story, _options: ResolvedOptions): void {}
