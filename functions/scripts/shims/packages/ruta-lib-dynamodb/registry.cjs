// What ElectroDB gets from `require('@aws-sdk/lib-dynamodb')` in a Lambda bundle: an object that
// `./index.mjs` fills with the document commands when the ES-module graph loads (see there). ElectroDB
// keeps the object and reads `lib.GetCommand`, `lib.QueryCommand`, … only when it sends a request, by
// which time every module has been evaluated.
'use strict';
module.exports = {};
