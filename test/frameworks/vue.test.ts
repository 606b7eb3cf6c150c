import { describeFrameworkApp } from './harness.js';

describeFrameworkApp('vue');
