import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for every operation in src/api/*.graphql, generated from the server's contract.
// The output is committed so that `vite build` never needs to run codegen.
const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  documents: ['src/api/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/api/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: true,
        // Documents as plain strings: no graphql runtime (parser/printer) in the bundle.
        documentMode: 'string',
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        scalars: {},
      },
    },
  },
};

export default config;
