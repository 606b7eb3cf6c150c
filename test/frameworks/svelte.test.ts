import { describeFrameworkApp } from './harness.js';

describeFrameworkApp('svelte');
