import { gql } from '@apollo/client';

/**
 * The user-management operations (schema/graphql/user.graphql). Users are keyed by username, not
 * by an `id`, and creating or resetting one answers with credentials: they do not fit the generic
 * buildQuery, so they are written out here.
 */
const USER = 'username displayName email role organizationId programIds disabled createdAt';

export const USERS = gql`query users($first: Int, $after: String) {
  users(first: $first, after: $after) { nodes { ${USER} } pageInfo { hasNextPage endCursor } }
}`;

export const USER_BY_NAME = gql`query user($username: String!) { user(username: $username) { ${USER} } }`;

export const CREATE_USER = gql`mutation createUser($input: CreateUserInput!) {
  createUser(input: $input) { user { ${USER} } temporaryPassword }
}`;

export const UPDATE_USER = gql`mutation updateUser($input: UpdateUserInput!) { updateUser(input: $input) { ${USER} } }`;

export const SET_USER_DISABLED = gql`mutation setUserDisabled($username: String!, $disabled: Boolean!) {
  setUserDisabled(username: $username, disabled: $disabled) { ${USER} }
}`;

export const RESET_USER_PASSWORD = gql`mutation resetUserPassword($username: String!) {
  resetUserPassword(username: $username) { user { ${USER} } temporaryPassword }
}`;

export const AUDIT_EVENTS = gql`query auditEvents($entityType: String!, $entityId: ID!, $first: Int, $after: String) {
  auditEvents(entityType: $entityType, entityId: $entityId, first: $first, after: $after) {
    nodes { id at actor actorRole action } pageInfo { hasNextPage endCursor }
  }
}`;
