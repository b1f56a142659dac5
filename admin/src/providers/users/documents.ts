import { graphql } from '../../graphql/generated/gql.ts';

/**
 * The user-management operations (schema/graphql/user.graphql). Users are keyed by username, not
 * by an `id`, and creating or resetting one answers with credentials: they do not fit the generic
 * buildQuery, so they are written out here; `npm run codegen` checks them against the SDL and
 * generates their result types.
 */
/** @public Spread by name (`...UserFields`) in the operations below: nothing imports it. */
export const userFields = graphql(`
  fragment UserFields on User { username displayName email role organizationId programIds disabled createdAt }
`);

export const usersQuery = graphql(`
  query users($first: Int, $after: String) {
    users(first: $first, after: $after) { nodes { ...UserFields } pageInfo { hasNextPage endCursor } }
  }
`);

export const userQuery = graphql(`
  query user($username: String!) { user(username: $username) { ...UserFields } }
`);

export const createUserMutation = graphql(`
  mutation createUser($input: CreateUserInput!) {
    createUser(input: $input) { user { ...UserFields } temporaryPassword }
  }
`);

export const updateUserMutation = graphql(`
  mutation updateUser($input: UpdateUserInput!) { updateUser(input: $input) { ...UserFields } }
`);

export const setUserDisabledMutation = graphql(`
  mutation setUserDisabled($username: String!, $disabled: Boolean!) {
    setUserDisabled(username: $username, disabled: $disabled) { ...UserFields }
  }
`);

export const resetUserPasswordMutation = graphql(`
  mutation resetUserPassword($username: String!) {
    resetUserPassword(username: $username) { user { ...UserFields } temporaryPassword }
  }
`);
