/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation SetLanguage($language: Language!) {\n    setLanguage(language: $language) {\n      language\n    }\n  }\n": typeof types.SetLanguageDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email) {\n      accepted\n      errors {\n        code\n        retryAfterSeconds\n      }\n    }\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      me {\n        email\n      }\n      errors {\n        code\n        minLength\n        maxLength\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      me {\n        email\n      }\n      errors {\n        code\n        retryAfterSeconds\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut {\n      ok\n    }\n  }\n": typeof types.SignOutDocument,
    "\n  query Me {\n    me {\n      email\n      companyName\n    }\n  }\n": typeof types.MeDocument,
    "\n  query FindLicence($serialNumber: String!) {\n    licence(serialNumber: $serialNumber) {\n      licence {\n        serialNumber\n      }\n      errors {\n        code\n      }\n    }\n  }\n": typeof types.FindLicenceDocument,
    "\n  fragment ProductName on Product {\n    code\n    name\n    family\n  }\n": typeof types.ProductNameFragmentDoc,
    "\n  fragment EligibilityFacts on Eligibility {\n    renewable\n    reason\n    opensOn\n    closesOn\n  }\n": typeof types.EligibilityFactsFragmentDoc,
    "\n  fragment LicenceRow on Licence {\n    serialNumber\n    expiresOn\n    status\n    daysUntilExpiry\n    product {\n      ...ProductName\n    }\n    # Only the verdict: a page's renewal options would weigh ~140 KB and take 4× as long.\n    eligibility {\n      ...EligibilityFacts\n    }\n  }\n": typeof types.LicenceRowFragmentDoc,
    "\n  query LicenceDetail($serialNumber: String!) {\n    licence(serialNumber: $serialNumber) {\n      licence {\n        ...LicenceRow\n        renewalOptions {\n          product {\n            ...ProductName\n          }\n          years\n          priceExcludingTax\n          tax\n          priceIncludingTax\n          newExpiresOn\n          autoRenewal\n        }\n      }\n      errors {\n        code\n      }\n    }\n  }\n": typeof types.LicenceDetailDocument,
    "\n  query Licences($first: Int!, $after: String, $filter: LicenceFilter, $search: String) {\n    licences(first: $first, after: $after, filter: $filter, search: $search) {\n      nodes {\n        ...LicenceRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n      counts {\n        all\n        expiringSoon\n        expired\n        renewable\n      }\n    }\n  }\n": typeof types.LicencesDocument,
    "\n  query RenewableSerialNumbers($filter: LicenceFilter, $search: String) {\n    renewableSerialNumbers(filter: $filter, search: $search) {\n      serialNumbers\n      totalCount\n      limit\n    }\n  }\n": typeof types.RenewableSerialNumbersDocument,
};
const documents: Documents = {
    "\n  mutation SetLanguage($language: Language!) {\n    setLanguage(language: $language) {\n      language\n    }\n  }\n": types.SetLanguageDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email) {\n      accepted\n      errors {\n        code\n        retryAfterSeconds\n      }\n    }\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      me {\n        email\n      }\n      errors {\n        code\n        minLength\n        maxLength\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      me {\n        email\n      }\n      errors {\n        code\n        retryAfterSeconds\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut {\n      ok\n    }\n  }\n": types.SignOutDocument,
    "\n  query Me {\n    me {\n      email\n      companyName\n    }\n  }\n": types.MeDocument,
    "\n  query FindLicence($serialNumber: String!) {\n    licence(serialNumber: $serialNumber) {\n      licence {\n        serialNumber\n      }\n      errors {\n        code\n      }\n    }\n  }\n": types.FindLicenceDocument,
    "\n  fragment ProductName on Product {\n    code\n    name\n    family\n  }\n": types.ProductNameFragmentDoc,
    "\n  fragment EligibilityFacts on Eligibility {\n    renewable\n    reason\n    opensOn\n    closesOn\n  }\n": types.EligibilityFactsFragmentDoc,
    "\n  fragment LicenceRow on Licence {\n    serialNumber\n    expiresOn\n    status\n    daysUntilExpiry\n    product {\n      ...ProductName\n    }\n    # Only the verdict: a page's renewal options would weigh ~140 KB and take 4× as long.\n    eligibility {\n      ...EligibilityFacts\n    }\n  }\n": types.LicenceRowFragmentDoc,
    "\n  query LicenceDetail($serialNumber: String!) {\n    licence(serialNumber: $serialNumber) {\n      licence {\n        ...LicenceRow\n        renewalOptions {\n          product {\n            ...ProductName\n          }\n          years\n          priceExcludingTax\n          tax\n          priceIncludingTax\n          newExpiresOn\n          autoRenewal\n        }\n      }\n      errors {\n        code\n      }\n    }\n  }\n": types.LicenceDetailDocument,
    "\n  query Licences($first: Int!, $after: String, $filter: LicenceFilter, $search: String) {\n    licences(first: $first, after: $after, filter: $filter, search: $search) {\n      nodes {\n        ...LicenceRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n      counts {\n        all\n        expiringSoon\n        expired\n        renewable\n      }\n    }\n  }\n": types.LicencesDocument,
    "\n  query RenewableSerialNumbers($filter: LicenceFilter, $search: String) {\n    renewableSerialNumbers(filter: $filter, search: $search) {\n      serialNumbers\n      totalCount\n      limit\n    }\n  }\n": types.RenewableSerialNumbersDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLanguage($language: Language!) {\n    setLanguage(language: $language) {\n      language\n    }\n  }\n"): (typeof documents)["\n  mutation SetLanguage($language: Language!) {\n    setLanguage(language: $language) {\n      language\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email) {\n      accepted\n      errors {\n        code\n        retryAfterSeconds\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email) {\n      accepted\n      errors {\n        code\n        retryAfterSeconds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      me {\n        email\n      }\n      errors {\n        code\n        minLength\n        maxLength\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      me {\n        email\n      }\n      errors {\n        code\n        minLength\n        maxLength\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      me {\n        email\n      }\n      errors {\n        code\n        retryAfterSeconds\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      me {\n        email\n      }\n      errors {\n        code\n        retryAfterSeconds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      email\n      companyName\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      email\n      companyName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindLicence($serialNumber: String!) {\n    licence(serialNumber: $serialNumber) {\n      licence {\n        serialNumber\n      }\n      errors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query FindLicence($serialNumber: String!) {\n    licence(serialNumber: $serialNumber) {\n      licence {\n        serialNumber\n      }\n      errors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductName on Product {\n    code\n    name\n    family\n  }\n"): (typeof documents)["\n  fragment ProductName on Product {\n    code\n    name\n    family\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EligibilityFacts on Eligibility {\n    renewable\n    reason\n    opensOn\n    closesOn\n  }\n"): (typeof documents)["\n  fragment EligibilityFacts on Eligibility {\n    renewable\n    reason\n    opensOn\n    closesOn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LicenceRow on Licence {\n    serialNumber\n    expiresOn\n    status\n    daysUntilExpiry\n    product {\n      ...ProductName\n    }\n    # Only the verdict: a page's renewal options would weigh ~140 KB and take 4× as long.\n    eligibility {\n      ...EligibilityFacts\n    }\n  }\n"): (typeof documents)["\n  fragment LicenceRow on Licence {\n    serialNumber\n    expiresOn\n    status\n    daysUntilExpiry\n    product {\n      ...ProductName\n    }\n    # Only the verdict: a page's renewal options would weigh ~140 KB and take 4× as long.\n    eligibility {\n      ...EligibilityFacts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LicenceDetail($serialNumber: String!) {\n    licence(serialNumber: $serialNumber) {\n      licence {\n        ...LicenceRow\n        renewalOptions {\n          product {\n            ...ProductName\n          }\n          years\n          priceExcludingTax\n          tax\n          priceIncludingTax\n          newExpiresOn\n          autoRenewal\n        }\n      }\n      errors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query LicenceDetail($serialNumber: String!) {\n    licence(serialNumber: $serialNumber) {\n      licence {\n        ...LicenceRow\n        renewalOptions {\n          product {\n            ...ProductName\n          }\n          years\n          priceExcludingTax\n          tax\n          priceIncludingTax\n          newExpiresOn\n          autoRenewal\n        }\n      }\n      errors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Licences($first: Int!, $after: String, $filter: LicenceFilter, $search: String) {\n    licences(first: $first, after: $after, filter: $filter, search: $search) {\n      nodes {\n        ...LicenceRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n      counts {\n        all\n        expiringSoon\n        expired\n        renewable\n      }\n    }\n  }\n"): (typeof documents)["\n  query Licences($first: Int!, $after: String, $filter: LicenceFilter, $search: String) {\n    licences(first: $first, after: $after, filter: $filter, search: $search) {\n      nodes {\n        ...LicenceRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n      counts {\n        all\n        expiringSoon\n        expired\n        renewable\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RenewableSerialNumbers($filter: LicenceFilter, $search: String) {\n    renewableSerialNumbers(filter: $filter, search: $search) {\n      serialNumbers\n      totalCount\n      limit\n    }\n  }\n"): (typeof documents)["\n  query RenewableSerialNumbers($filter: LicenceFilter, $search: String) {\n    renewableSerialNumbers(filter: $filter, search: $search) {\n      serialNumbers\n      totalCount\n      limit\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;