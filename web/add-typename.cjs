// The console's documents are sent by id, so the registered text must already ask for every
// __typename that urql's document cache reads to know which queries a mutation makes stale.
module.exports = require('@graphql-codegen/client-preset').addTypenameSelectionDocumentTransform;
