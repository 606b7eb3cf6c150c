// Single-file components as TypeScript sees them outside vue-tsc and svelte-check.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<{ client: import('./shared/recording-client.js').RecordingClient }>;
  export default component;
}
declare module '*.svelte' {
  import type { Component } from 'svelte';
  const component: Component<{ client: import('./shared/recording-client.js').RecordingClient }>;
  export default component;
}
