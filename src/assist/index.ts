// WARNING: first-load path. The two pieces the shell mounts.
export { AssistSwitch } from './AssistSwitch';
export { AssistLayer } from './AssistLayer';
