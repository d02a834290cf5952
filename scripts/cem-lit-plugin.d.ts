// The analyser ships its Lit plugin without types; this is the one function the build uses.
declare module '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js' {
  /** The plugins that read Lit's decorators and static properties. */
  export function litPlugin(): object[];
}
