// @storybook/web-components exports this entry (the argTypes and component description it reads
// from the custom elements manifest) without types.
declare module '@storybook/web-components/entry-preview-argtypes' {
  import type { ArgTypesEnhancer, Parameters, Renderer } from 'storybook/internal/types';

  export const parameters: Parameters;
  export const argTypesEnhancers: Array<ArgTypesEnhancer<Renderer>>;
}
