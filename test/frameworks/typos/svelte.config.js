// svelte-check's configuration for this folder (the build passes its options itself: scripts/build-frameworks.mjs).
export default {};
