// Stand-in for the `sha.js` package in Lambda bundles. `@apollo/utils.createhash` uses Node's crypto only
// when `module.require` exists, which it does not inside a bundle, so it falls back to `sha.js` — pure-JS
// hashing of every query (and of the schema at cold start), plus ~34 KiB at start-up. Same call shape,
// native hashing: `require('sha.js')('sha256').update(text).digest('hex')`.
'use strict';
const { createHash } = require('node:crypto');

module.exports = function sha(algorithm) {
  return createHash(algorithm);
};
