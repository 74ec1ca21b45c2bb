export { renderGraphiQL } from '@graphql-yoga/render-graphiql';

/** The page development gateways serve at /graphql to a browser: the token goes in the header. */
export const graphiqlOptions = {
  title: 'OneStop',
  headers: JSON.stringify({ authorization: '' }, null, 2),
  defaultEditorToolsVisibility: 'headers' as const,
  defaultQuery:
    '# The public graph of OneStop. Signed in: put "Bearer <token>" in the authorization header below.\n{\n  errorCodes {\n    code\n    message\n  }\n}\n',
};
