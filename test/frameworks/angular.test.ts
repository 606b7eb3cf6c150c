import { describeFrameworkApp } from './harness.js';

describeFrameworkApp('angular');
