/**
 * The source of the CloudFront Function (viewer request, the bucket's behaviour only) that maps the
 * admin's paths to its files: `/graphiql` (the API explorer's menu link) to `graphiql.html`, and any
 * other path without a file extension to `index.html`, whose router takes over (the console routes
 * in the URL's hash, so this is only a reload or a shared link of a bare path).
 *
 * It replaces distribution-wide error responses (403/404 → index.html with 200), which also turned
 * the API's own 403s and 404s on `/graphql` into the console's HTML; a missing asset is a 403/404
 * again. ES5 only: the cloudfront-js-2.0 runtime is not Node.
 */
export const ADMIN_PATHS_FUNCTION = `function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri === '/graphiql' || uri === '/graphiql/') {
    request.uri = '/graphiql.html';
  } else if (uri.slice(uri.lastIndexOf('/') + 1).indexOf('.') === -1) {
    request.uri = '/index.html';
  }
  return request;
}`;
