#!/usr/bin/env node
// The `veil-mask` bin: runs electron/cli/veil-mask.ts in this process through tsx's loader.
import { register } from 'tsx/esm/api';

register();
await import('../electron/cli/veil-mask.ts');
