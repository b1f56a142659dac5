// Stand-in for the `jsonschema` package in Lambda bundles. Its only user there is ElectroDB, which
// (src/validations.js) checks an entity's model definition against a JSON schema whenever an Entity is
// constructed: at every cold start, for models that are constants in our code. Measured on the bundled
// handler: ~45 ms of a ~260 ms import, plus 28 KiB at start-up.
//
// The models are validated by the real package wherever they run unbundled: every unit and connected
// test constructs every entity (so does `npm start`), so a malformed model fails there. ElectroDB's own
// checks that follow (keys, indexes, attributes: `_parseModel`) still run in the bundle.
//
// ElectroDB also uses the validation as a type test: `new Service({ name: entity, … })` asks of each
// value "is this a model?" (util.js getInstanceType → testModel) before "is this an Entity instance?".
// Models are plain object literals, entities are class instances; this validator answers accordingly.
// Surface used: `Validator`, `Validator.prototype.customFormats`, `addSchema`, `validate(…).errors`.
'use strict';

class Validator {
  addSchema() {}

  validate(instance) {
    const plainObject = instance !== null && typeof instance === 'object' && Object.getPrototypeOf(instance) === Object.prototype;
    return plainObject
      ? { valid: true, errors: [] }
      : { valid: false, errors: [{ property: 'instance', argument: 'object', message: 'is not a plain object (an ElectroDB model)' }] };
  }
}
Validator.prototype.customFormats = {};

module.exports = { Validator };
