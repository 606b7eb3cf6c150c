import { describeFrameworkApp } from './harness.js';

describeFrameworkApp('react');
