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
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      me {\n        email\n        isStaff\n      }\n      errors {\n        code\n        minLength\n        maxLength\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      me {\n        email\n        isStaff\n      }\n      errors {\n        code\n        retryAfterSeconds\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut {\n      ok\n    }\n  }\n": typeof types.SignOutDocument,
    "\n  query Me {\n    me {\n      email\n      companyName\n      isStaff\n    }\n  }\n": typeof types.MeDocument,
    "\n  query FindLicence($serialNumber: String!) {\n    licence(serialNumber: $serialNumber) {\n      licence {\n        serialNumber\n      }\n      errors {\n        code\n      }\n    }\n  }\n": typeof types.FindLicenceDocument,
    "\n  mutation StopAutoRenewal($serialNumber: String!) {\n    stopAutoRenewal(serialNumber: $serialNumber) {\n      licence {\n        serialNumber\n      }\n      errors {\n        code\n      }\n    }\n  }\n": typeof types.StopAutoRenewalDocument,
    "\n  fragment ProductName on Product {\n    code\n    name\n    family\n  }\n": typeof types.ProductNameFragmentDoc,
    "\n  fragment EligibilityFacts on Eligibility {\n    renewable\n    reason\n    opensOn\n    closesOn\n  }\n": typeof types.EligibilityFactsFragmentDoc,
    "\n  fragment LicenceRow on Licence {\n    serialNumber\n    expiresOn\n    status\n    daysUntilExpiry\n    product {\n      ...ProductName\n    }\n    # Only the verdict: a page's renewal options would weigh ~140 KB and take 4× as long.\n    eligibility {\n      ...EligibilityFacts\n    }\n    renewalInProgress {\n      orderNumber\n      dueOn\n    }\n  }\n": typeof types.LicenceRowFragmentDoc,
    "\n  query LicenceDetail($serialNumber: String!) {\n    licence(serialNumber: $serialNumber) {\n      licence {\n        ...LicenceRow\n        autoRenewal {\n          phase\n          since\n          stoppedAt\n          orderNumber\n        }\n        renewalOptions {\n          product {\n            ...ProductName\n          }\n          years\n          priceExcludingTax\n          tax\n          priceIncludingTax\n          newExpiresOn\n          autoRenewal\n        }\n      }\n      errors {\n        code\n      }\n    }\n    supportContact {\n      name\n      email\n    }\n  }\n": typeof types.LicenceDetailDocument,
    "\n  query Licences($first: Int!, $after: String, $filter: LicenceFilter, $search: String) {\n    licences(first: $first, after: $after, filter: $filter, search: $search) {\n      nodes {\n        ...LicenceRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n      counts {\n        all\n        expiringSoon\n        expired\n        renewable\n        inOpenOrder\n      }\n    }\n  }\n": typeof types.LicencesDocument,
    "\n  query RenewableSerialNumbers($filter: LicenceFilter, $search: String) {\n    renewableSerialNumbers(filter: $filter, search: $search) {\n      serialNumbers\n      totalCount\n      limit\n    }\n  }\n": typeof types.RenewableSerialNumbersDocument,
    "\n  query Orders($first: Int!, $after: String) {\n    orders(first: $first, after: $after) {\n      nodes {\n        ...OrderSummaryFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.OrdersDocument,
    "\n  query Order($number: String!) {\n    order(number: $number) {\n      order {\n        ...OrderDetailFields\n      }\n      errors {\n        code\n      }\n    }\n    supportContact {\n      name\n      email\n    }\n  }\n": typeof types.OrderDocument,
    "\n  query OrderDocuments($number: String!) {\n    order(number: $number) {\n      order {\n        ...OrderDocumentStates\n      }\n    }\n  }\n": typeof types.OrderDocumentsDocument,
    "\n  mutation CancelOrder($number: String!) {\n    cancelOrder(number: $number) {\n      order {\n        number\n        status\n        cancellable\n      }\n      errors {\n        code\n      }\n    }\n  }\n": typeof types.CancelOrderDocument,
    "\n  fragment OrderSummaryFields on Order {\n    number\n    placedAt\n    status\n    totals {\n      lineCount\n      totalIncludingTax\n    }\n    invoice {\n      number\n      dueOn\n    }\n  }\n": typeof types.OrderSummaryFieldsFragmentDoc,
    "\n  fragment OrderDocumentStates on Order {\n    number\n    invoice {\n      number\n      pdfUrl\n      document {\n        status\n      }\n    }\n    quote {\n      number\n      validUntil\n      pdfUrl\n      document {\n        status\n      }\n    }\n    receipt {\n      number\n      pdfUrl\n      document {\n        status\n      }\n    }\n  }\n": typeof types.OrderDocumentStatesFragmentDoc,
    "\n  fragment OrderDetailFields on Order {\n    ...OrderSummaryFields\n    ...OrderDocumentStates\n    cancellable\n    cancelledAt\n    paidAt\n    expiredAt\n    invoiceMailedTo\n    totals {\n      ...DocumentTotalsFields\n    }\n    lines {\n      serialNumber\n      previousProduct {\n        code\n        name\n      }\n      product {\n        code\n        name\n      }\n      years\n      autoRenewal\n      expiresOn\n      expectedNewExpiresOn\n      newExpiresOn\n      priceExcludingTax\n    }\n    billing {\n      ...BillingDetailsFields\n    }\n    invoice {\n      issuedOn\n      voided\n      totalIncludingTax\n      bankAccount {\n        bankCode\n        bankName\n        branchCode\n        branchName\n        accountType\n        accountNumber\n        holderKana\n      }\n    }\n    receipt {\n      issuedOn\n      receivedOn\n      amountReceived\n      feeDeducted\n    }\n    transfers {\n      bookedOn\n      amount\n      reversal\n      status\n    }\n  }\n": typeof types.OrderDetailFieldsFragmentDoc,
    "\n  fragment RenewalErrorFields on RenewalError {\n    code\n    field\n    path\n    maxLines\n    maxLength\n    orderNumber\n  }\n": typeof types.RenewalErrorFieldsFragmentDoc,
    "\n  query RenewalAccount {\n    me {\n      email\n      companyName\n    }\n    billingProfile {\n      ...BillingDetailsFields\n    }\n  }\n": typeof types.RenewalAccountDocument,
    "\n  query RenewalCartFacts($lines: [RenewalLineInput!]!) {\n    renewalPreview(lines: $lines) {\n      lines {\n        licence {\n          serialNumber\n          expiresOn\n          product {\n            code\n            name\n          }\n          renewalOptions {\n            product {\n              code\n              name\n            }\n            years\n            autoRenewal\n            priceExcludingTax\n            newExpiresOn\n          }\n        }\n      }\n    }\n  }\n": typeof types.RenewalCartFactsDocument,
    "\n  query RenewalCartPrices($lines: [RenewalLineInput!]!) {\n    renewalPreview(lines: $lines) {\n      lines {\n        included\n        priceExcludingTax\n        newExpiresOn\n      }\n      totals {\n        ...DocumentTotalsFields\n      }\n      errors {\n        ...RenewalErrorFields\n      }\n    }\n  }\n": typeof types.RenewalCartPricesDocument,
    "\n  query RenewalLegalDocuments {\n    legalDocuments {\n      kind\n      version\n      title\n      body\n    }\n  }\n": typeof types.RenewalLegalDocumentsDocument,
    "\n  fragment QuoteFields on Quote {\n    number\n    issuedOn\n    validUntil\n    pdfUrl\n    document {\n      status\n    }\n  }\n": typeof types.QuoteFieldsFragmentDoc,
    "\n  mutation CreateQuote($input: CreateQuoteInput!) {\n    createQuote(input: $input) {\n      quote {\n        ...QuoteFields\n      }\n      errors {\n        ...RenewalErrorFields\n      }\n    }\n  }\n": typeof types.CreateQuoteDocument,
    "\n  query RenewalQuote($number: String!) {\n    quote(number: $number) {\n      quote {\n        ...QuoteFields\n      }\n      errors {\n        code\n      }\n    }\n  }\n": typeof types.RenewalQuoteDocument,
    "\n  mutation PlaceRenewalOrder($input: PlaceRenewalOrderInput!) {\n    placeRenewalOrder(input: $input) {\n      order {\n        number\n      }\n      errors {\n        ...RenewalErrorFields\n      }\n    }\n  }\n": typeof types.PlaceRenewalOrderDocument,
    "\n  fragment ArchiveEntryFields on ArchiveEntry {\n    customerEmail\n    order {\n      number\n      status\n      placedAt\n      billing {\n        companyName\n      }\n      invoice {\n        number\n        issuedOn\n        totalIncludingTax\n        pdfUrl\n        document {\n          status\n        }\n      }\n      receipt {\n        number\n        issuedOn\n        pdfUrl\n        document {\n          status\n        }\n      }\n    }\n  }\n": typeof types.ArchiveEntryFieldsFragmentDoc,
    "\n  query Archive($search: ArchiveSearchInput, $first: Int!, $after: String) {\n    archive(search: $search, first: $first, after: $after) {\n      page {\n        nodes {\n          ...ArchiveEntryFields\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        totalCount\n      }\n      errors {\n        code\n        field\n        maxLength\n      }\n    }\n  }\n": typeof types.ArchiveDocument,
    "\n  query PaymentsOverview {\n    paymentsOverview {\n      openInvoices\n      openAmount\n      dueWeeks {\n        weekStarting\n        invoices\n        amount\n      }\n      receivedDays {\n        day\n        payments\n        amount\n      }\n      queueSize\n      queueAmount\n      oldestWaitingSince\n      queueAges {\n        minDays\n        maxDays\n        credits\n        amount\n      }\n    }\n  }\n": typeof types.PaymentsOverviewDocument,
    "\n  fragment InvoiceSummaryFields on InvoiceSummaryType {\n    number\n    orderNumber\n    customerEmail\n    companyName\n    totalIncludingTax\n    dueOn\n    status\n  }\n": typeof types.InvoiceSummaryFieldsFragmentDoc,
    "\n  fragment BankCreditFields on BankCredit {\n    id\n    state\n    bookedOn\n    amount\n    payerName\n    bankCode\n    branchCode\n    accountNumber\n    reference\n    reversal\n    reviewReason\n    filename\n    invoice {\n      ...InvoiceSummaryFields\n    }\n    candidates {\n      invoice {\n        ...InvoiceSummaryFields\n      }\n      matches\n      shortfall\n    }\n    resolvedBy\n    resolvedAt\n    resolutionNote\n  }\n": typeof types.BankCreditFieldsFragmentDoc,
    "\n  fragment ReviewPayloadFields on ReviewPayload {\n    credit {\n      ...BankCreditFields\n    }\n    errors {\n      code\n      message\n      feeLimit\n      maxLength\n    }\n  }\n": typeof types.ReviewPayloadFieldsFragmentDoc,
    "\n  query BankCredits($state: CreditState!, $first: Int!, $after: String) {\n    bankCredits(state: $state, first: $first, after: $after) {\n      nodes {\n        ...BankCreditFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.BankCreditsDocument,
    "\n  mutation ApplyBankCredit($input: ApplyBankCreditInput!) {\n    applyBankCredit(input: $input) {\n      ...ReviewPayloadFields\n    }\n  }\n": typeof types.ApplyBankCreditDocument,
    "\n  mutation RefundBankCredit($input: CloseBankCreditInput!) {\n    refundBankCredit(input: $input) {\n      ...ReviewPayloadFields\n    }\n  }\n": typeof types.RefundBankCreditDocument,
    "\n  mutation DismissBankCredit($input: CloseBankCreditInput!) {\n    dismissBankCredit(input: $input) {\n      ...ReviewPayloadFields\n    }\n  }\n": typeof types.DismissBankCreditDocument,
    "\n  query StatementImports($first: Int!, $after: String) {\n    statementImports(first: $first, after: $after) {\n      nodes {\n        id\n        filename\n        format\n        importedAt\n        importedBy\n        credits\n        applied\n        toReview\n        alreadyImported\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.StatementImportsDocument,
    "\n  fragment DocumentTotalsFields on DocumentTotals {\n    lineCount\n    rates {\n      ratePercent\n      amountExcludingTax\n      tax\n      amountIncludingTax\n    }\n    subtotal\n    tax\n    totalIncludingTax\n  }\n": typeof types.DocumentTotalsFieldsFragmentDoc,
    "\n  fragment BillingDetailsFields on BillingDetails {\n    companyName\n    department\n    contactName\n    email\n    phone\n    postalCode\n    address\n    purchaseOrderNumber\n  }\n": typeof types.BillingDetailsFieldsFragmentDoc,
};
const documents: Documents = {
    "\n  mutation SetLanguage($language: Language!) {\n    setLanguage(language: $language) {\n      language\n    }\n  }\n": types.SetLanguageDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email) {\n      accepted\n      errors {\n        code\n        retryAfterSeconds\n      }\n    }\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      me {\n        email\n        isStaff\n      }\n      errors {\n        code\n        minLength\n        maxLength\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      me {\n        email\n        isStaff\n      }\n      errors {\n        code\n        retryAfterSeconds\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut {\n      ok\n    }\n  }\n": types.SignOutDocument,
    "\n  query Me {\n    me {\n      email\n      companyName\n      isStaff\n    }\n  }\n": types.MeDocument,
    "\n  query FindLicence($serialNumber: String!) {\n    licence(serialNumber: $serialNumber) {\n      licence {\n        serialNumber\n      }\n      errors {\n        code\n      }\n    }\n  }\n": types.FindLicenceDocument,
    "\n  mutation StopAutoRenewal($serialNumber: String!) {\n    stopAutoRenewal(serialNumber: $serialNumber) {\n      licence {\n        serialNumber\n      }\n      errors {\n        code\n      }\n    }\n  }\n": types.StopAutoRenewalDocument,
    "\n  fragment ProductName on Product {\n    code\n    name\n    family\n  }\n": types.ProductNameFragmentDoc,
    "\n  fragment EligibilityFacts on Eligibility {\n    renewable\n    reason\n    opensOn\n    closesOn\n  }\n": types.EligibilityFactsFragmentDoc,
    "\n  fragment LicenceRow on Licence {\n    serialNumber\n    expiresOn\n    status\n    daysUntilExpiry\n    product {\n      ...ProductName\n    }\n    # Only the verdict: a page's renewal options would weigh ~140 KB and take 4× as long.\n    eligibility {\n      ...EligibilityFacts\n    }\n    renewalInProgress {\n      orderNumber\n      dueOn\n    }\n  }\n": types.LicenceRowFragmentDoc,
    "\n  query LicenceDetail($serialNumber: String!) {\n    licence(serialNumber: $serialNumber) {\n      licence {\n        ...LicenceRow\n        autoRenewal {\n          phase\n          since\n          stoppedAt\n          orderNumber\n        }\n        renewalOptions {\n          product {\n            ...ProductName\n          }\n          years\n          priceExcludingTax\n          tax\n          priceIncludingTax\n          newExpiresOn\n          autoRenewal\n        }\n      }\n      errors {\n        code\n      }\n    }\n    supportContact {\n      name\n      email\n    }\n  }\n": types.LicenceDetailDocument,
    "\n  query Licences($first: Int!, $after: String, $filter: LicenceFilter, $search: String) {\n    licences(first: $first, after: $after, filter: $filter, search: $search) {\n      nodes {\n        ...LicenceRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n      counts {\n        all\n        expiringSoon\n        expired\n        renewable\n        inOpenOrder\n      }\n    }\n  }\n": types.LicencesDocument,
    "\n  query RenewableSerialNumbers($filter: LicenceFilter, $search: String) {\n    renewableSerialNumbers(filter: $filter, search: $search) {\n      serialNumbers\n      totalCount\n      limit\n    }\n  }\n": types.RenewableSerialNumbersDocument,
    "\n  query Orders($first: Int!, $after: String) {\n    orders(first: $first, after: $after) {\n      nodes {\n        ...OrderSummaryFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.OrdersDocument,
    "\n  query Order($number: String!) {\n    order(number: $number) {\n      order {\n        ...OrderDetailFields\n      }\n      errors {\n        code\n      }\n    }\n    supportContact {\n      name\n      email\n    }\n  }\n": types.OrderDocument,
    "\n  query OrderDocuments($number: String!) {\n    order(number: $number) {\n      order {\n        ...OrderDocumentStates\n      }\n    }\n  }\n": types.OrderDocumentsDocument,
    "\n  mutation CancelOrder($number: String!) {\n    cancelOrder(number: $number) {\n      order {\n        number\n        status\n        cancellable\n      }\n      errors {\n        code\n      }\n    }\n  }\n": types.CancelOrderDocument,
    "\n  fragment OrderSummaryFields on Order {\n    number\n    placedAt\n    status\n    totals {\n      lineCount\n      totalIncludingTax\n    }\n    invoice {\n      number\n      dueOn\n    }\n  }\n": types.OrderSummaryFieldsFragmentDoc,
    "\n  fragment OrderDocumentStates on Order {\n    number\n    invoice {\n      number\n      pdfUrl\n      document {\n        status\n      }\n    }\n    quote {\n      number\n      validUntil\n      pdfUrl\n      document {\n        status\n      }\n    }\n    receipt {\n      number\n      pdfUrl\n      document {\n        status\n      }\n    }\n  }\n": types.OrderDocumentStatesFragmentDoc,
    "\n  fragment OrderDetailFields on Order {\n    ...OrderSummaryFields\n    ...OrderDocumentStates\n    cancellable\n    cancelledAt\n    paidAt\n    expiredAt\n    invoiceMailedTo\n    totals {\n      ...DocumentTotalsFields\n    }\n    lines {\n      serialNumber\n      previousProduct {\n        code\n        name\n      }\n      product {\n        code\n        name\n      }\n      years\n      autoRenewal\n      expiresOn\n      expectedNewExpiresOn\n      newExpiresOn\n      priceExcludingTax\n    }\n    billing {\n      ...BillingDetailsFields\n    }\n    invoice {\n      issuedOn\n      voided\n      totalIncludingTax\n      bankAccount {\n        bankCode\n        bankName\n        branchCode\n        branchName\n        accountType\n        accountNumber\n        holderKana\n      }\n    }\n    receipt {\n      issuedOn\n      receivedOn\n      amountReceived\n      feeDeducted\n    }\n    transfers {\n      bookedOn\n      amount\n      reversal\n      status\n    }\n  }\n": types.OrderDetailFieldsFragmentDoc,
    "\n  fragment RenewalErrorFields on RenewalError {\n    code\n    field\n    path\n    maxLines\n    maxLength\n    orderNumber\n  }\n": types.RenewalErrorFieldsFragmentDoc,
    "\n  query RenewalAccount {\n    me {\n      email\n      companyName\n    }\n    billingProfile {\n      ...BillingDetailsFields\n    }\n  }\n": types.RenewalAccountDocument,
    "\n  query RenewalCartFacts($lines: [RenewalLineInput!]!) {\n    renewalPreview(lines: $lines) {\n      lines {\n        licence {\n          serialNumber\n          expiresOn\n          product {\n            code\n            name\n          }\n          renewalOptions {\n            product {\n              code\n              name\n            }\n            years\n            autoRenewal\n            priceExcludingTax\n            newExpiresOn\n          }\n        }\n      }\n    }\n  }\n": types.RenewalCartFactsDocument,
    "\n  query RenewalCartPrices($lines: [RenewalLineInput!]!) {\n    renewalPreview(lines: $lines) {\n      lines {\n        included\n        priceExcludingTax\n        newExpiresOn\n      }\n      totals {\n        ...DocumentTotalsFields\n      }\n      errors {\n        ...RenewalErrorFields\n      }\n    }\n  }\n": types.RenewalCartPricesDocument,
    "\n  query RenewalLegalDocuments {\n    legalDocuments {\n      kind\n      version\n      title\n      body\n    }\n  }\n": types.RenewalLegalDocumentsDocument,
    "\n  fragment QuoteFields on Quote {\n    number\n    issuedOn\n    validUntil\n    pdfUrl\n    document {\n      status\n    }\n  }\n": types.QuoteFieldsFragmentDoc,
    "\n  mutation CreateQuote($input: CreateQuoteInput!) {\n    createQuote(input: $input) {\n      quote {\n        ...QuoteFields\n      }\n      errors {\n        ...RenewalErrorFields\n      }\n    }\n  }\n": types.CreateQuoteDocument,
    "\n  query RenewalQuote($number: String!) {\n    quote(number: $number) {\n      quote {\n        ...QuoteFields\n      }\n      errors {\n        code\n      }\n    }\n  }\n": types.RenewalQuoteDocument,
    "\n  mutation PlaceRenewalOrder($input: PlaceRenewalOrderInput!) {\n    placeRenewalOrder(input: $input) {\n      order {\n        number\n      }\n      errors {\n        ...RenewalErrorFields\n      }\n    }\n  }\n": types.PlaceRenewalOrderDocument,
    "\n  fragment ArchiveEntryFields on ArchiveEntry {\n    customerEmail\n    order {\n      number\n      status\n      placedAt\n      billing {\n        companyName\n      }\n      invoice {\n        number\n        issuedOn\n        totalIncludingTax\n        pdfUrl\n        document {\n          status\n        }\n      }\n      receipt {\n        number\n        issuedOn\n        pdfUrl\n        document {\n          status\n        }\n      }\n    }\n  }\n": types.ArchiveEntryFieldsFragmentDoc,
    "\n  query Archive($search: ArchiveSearchInput, $first: Int!, $after: String) {\n    archive(search: $search, first: $first, after: $after) {\n      page {\n        nodes {\n          ...ArchiveEntryFields\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        totalCount\n      }\n      errors {\n        code\n        field\n        maxLength\n      }\n    }\n  }\n": types.ArchiveDocument,
    "\n  query PaymentsOverview {\n    paymentsOverview {\n      openInvoices\n      openAmount\n      dueWeeks {\n        weekStarting\n        invoices\n        amount\n      }\n      receivedDays {\n        day\n        payments\n        amount\n      }\n      queueSize\n      queueAmount\n      oldestWaitingSince\n      queueAges {\n        minDays\n        maxDays\n        credits\n        amount\n      }\n    }\n  }\n": types.PaymentsOverviewDocument,
    "\n  fragment InvoiceSummaryFields on InvoiceSummaryType {\n    number\n    orderNumber\n    customerEmail\n    companyName\n    totalIncludingTax\n    dueOn\n    status\n  }\n": types.InvoiceSummaryFieldsFragmentDoc,
    "\n  fragment BankCreditFields on BankCredit {\n    id\n    state\n    bookedOn\n    amount\n    payerName\n    bankCode\n    branchCode\n    accountNumber\n    reference\n    reversal\n    reviewReason\n    filename\n    invoice {\n      ...InvoiceSummaryFields\n    }\n    candidates {\n      invoice {\n        ...InvoiceSummaryFields\n      }\n      matches\n      shortfall\n    }\n    resolvedBy\n    resolvedAt\n    resolutionNote\n  }\n": types.BankCreditFieldsFragmentDoc,
    "\n  fragment ReviewPayloadFields on ReviewPayload {\n    credit {\n      ...BankCreditFields\n    }\n    errors {\n      code\n      message\n      feeLimit\n      maxLength\n    }\n  }\n": types.ReviewPayloadFieldsFragmentDoc,
    "\n  query BankCredits($state: CreditState!, $first: Int!, $after: String) {\n    bankCredits(state: $state, first: $first, after: $after) {\n      nodes {\n        ...BankCreditFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.BankCreditsDocument,
    "\n  mutation ApplyBankCredit($input: ApplyBankCreditInput!) {\n    applyBankCredit(input: $input) {\n      ...ReviewPayloadFields\n    }\n  }\n": types.ApplyBankCreditDocument,
    "\n  mutation RefundBankCredit($input: CloseBankCreditInput!) {\n    refundBankCredit(input: $input) {\n      ...ReviewPayloadFields\n    }\n  }\n": types.RefundBankCreditDocument,
    "\n  mutation DismissBankCredit($input: CloseBankCreditInput!) {\n    dismissBankCredit(input: $input) {\n      ...ReviewPayloadFields\n    }\n  }\n": types.DismissBankCreditDocument,
    "\n  query StatementImports($first: Int!, $after: String) {\n    statementImports(first: $first, after: $after) {\n      nodes {\n        id\n        filename\n        format\n        importedAt\n        importedBy\n        credits\n        applied\n        toReview\n        alreadyImported\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.StatementImportsDocument,
    "\n  fragment DocumentTotalsFields on DocumentTotals {\n    lineCount\n    rates {\n      ratePercent\n      amountExcludingTax\n      tax\n      amountIncludingTax\n    }\n    subtotal\n    tax\n    totalIncludingTax\n  }\n": types.DocumentTotalsFieldsFragmentDoc,
    "\n  fragment BillingDetailsFields on BillingDetails {\n    companyName\n    department\n    contactName\n    email\n    phone\n    postalCode\n    address\n    purchaseOrderNumber\n  }\n": types.BillingDetailsFieldsFragmentDoc,
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
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      me {\n        email\n        isStaff\n      }\n      errors {\n        code\n        minLength\n        maxLength\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      me {\n        email\n        isStaff\n      }\n      errors {\n        code\n        minLength\n        maxLength\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      me {\n        email\n        isStaff\n      }\n      errors {\n        code\n        retryAfterSeconds\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      me {\n        email\n        isStaff\n      }\n      errors {\n        code\n        retryAfterSeconds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      email\n      companyName\n      isStaff\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      email\n      companyName\n      isStaff\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindLicence($serialNumber: String!) {\n    licence(serialNumber: $serialNumber) {\n      licence {\n        serialNumber\n      }\n      errors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query FindLicence($serialNumber: String!) {\n    licence(serialNumber: $serialNumber) {\n      licence {\n        serialNumber\n      }\n      errors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StopAutoRenewal($serialNumber: String!) {\n    stopAutoRenewal(serialNumber: $serialNumber) {\n      licence {\n        serialNumber\n      }\n      errors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StopAutoRenewal($serialNumber: String!) {\n    stopAutoRenewal(serialNumber: $serialNumber) {\n      licence {\n        serialNumber\n      }\n      errors {\n        code\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment LicenceRow on Licence {\n    serialNumber\n    expiresOn\n    status\n    daysUntilExpiry\n    product {\n      ...ProductName\n    }\n    # Only the verdict: a page's renewal options would weigh ~140 KB and take 4× as long.\n    eligibility {\n      ...EligibilityFacts\n    }\n    renewalInProgress {\n      orderNumber\n      dueOn\n    }\n  }\n"): (typeof documents)["\n  fragment LicenceRow on Licence {\n    serialNumber\n    expiresOn\n    status\n    daysUntilExpiry\n    product {\n      ...ProductName\n    }\n    # Only the verdict: a page's renewal options would weigh ~140 KB and take 4× as long.\n    eligibility {\n      ...EligibilityFacts\n    }\n    renewalInProgress {\n      orderNumber\n      dueOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LicenceDetail($serialNumber: String!) {\n    licence(serialNumber: $serialNumber) {\n      licence {\n        ...LicenceRow\n        autoRenewal {\n          phase\n          since\n          stoppedAt\n          orderNumber\n        }\n        renewalOptions {\n          product {\n            ...ProductName\n          }\n          years\n          priceExcludingTax\n          tax\n          priceIncludingTax\n          newExpiresOn\n          autoRenewal\n        }\n      }\n      errors {\n        code\n      }\n    }\n    supportContact {\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  query LicenceDetail($serialNumber: String!) {\n    licence(serialNumber: $serialNumber) {\n      licence {\n        ...LicenceRow\n        autoRenewal {\n          phase\n          since\n          stoppedAt\n          orderNumber\n        }\n        renewalOptions {\n          product {\n            ...ProductName\n          }\n          years\n          priceExcludingTax\n          tax\n          priceIncludingTax\n          newExpiresOn\n          autoRenewal\n        }\n      }\n      errors {\n        code\n      }\n    }\n    supportContact {\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Licences($first: Int!, $after: String, $filter: LicenceFilter, $search: String) {\n    licences(first: $first, after: $after, filter: $filter, search: $search) {\n      nodes {\n        ...LicenceRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n      counts {\n        all\n        expiringSoon\n        expired\n        renewable\n        inOpenOrder\n      }\n    }\n  }\n"): (typeof documents)["\n  query Licences($first: Int!, $after: String, $filter: LicenceFilter, $search: String) {\n    licences(first: $first, after: $after, filter: $filter, search: $search) {\n      nodes {\n        ...LicenceRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n      counts {\n        all\n        expiringSoon\n        expired\n        renewable\n        inOpenOrder\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RenewableSerialNumbers($filter: LicenceFilter, $search: String) {\n    renewableSerialNumbers(filter: $filter, search: $search) {\n      serialNumbers\n      totalCount\n      limit\n    }\n  }\n"): (typeof documents)["\n  query RenewableSerialNumbers($filter: LicenceFilter, $search: String) {\n    renewableSerialNumbers(filter: $filter, search: $search) {\n      serialNumbers\n      totalCount\n      limit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Orders($first: Int!, $after: String) {\n    orders(first: $first, after: $after) {\n      nodes {\n        ...OrderSummaryFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Orders($first: Int!, $after: String) {\n    orders(first: $first, after: $after) {\n      nodes {\n        ...OrderSummaryFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Order($number: String!) {\n    order(number: $number) {\n      order {\n        ...OrderDetailFields\n      }\n      errors {\n        code\n      }\n    }\n    supportContact {\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  query Order($number: String!) {\n    order(number: $number) {\n      order {\n        ...OrderDetailFields\n      }\n      errors {\n        code\n      }\n    }\n    supportContact {\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderDocuments($number: String!) {\n    order(number: $number) {\n      order {\n        ...OrderDocumentStates\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrderDocuments($number: String!) {\n    order(number: $number) {\n      order {\n        ...OrderDocumentStates\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelOrder($number: String!) {\n    cancelOrder(number: $number) {\n      order {\n        number\n        status\n        cancellable\n      }\n      errors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelOrder($number: String!) {\n    cancelOrder(number: $number) {\n      order {\n        number\n        status\n        cancellable\n      }\n      errors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderSummaryFields on Order {\n    number\n    placedAt\n    status\n    totals {\n      lineCount\n      totalIncludingTax\n    }\n    invoice {\n      number\n      dueOn\n    }\n  }\n"): (typeof documents)["\n  fragment OrderSummaryFields on Order {\n    number\n    placedAt\n    status\n    totals {\n      lineCount\n      totalIncludingTax\n    }\n    invoice {\n      number\n      dueOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderDocumentStates on Order {\n    number\n    invoice {\n      number\n      pdfUrl\n      document {\n        status\n      }\n    }\n    quote {\n      number\n      validUntil\n      pdfUrl\n      document {\n        status\n      }\n    }\n    receipt {\n      number\n      pdfUrl\n      document {\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment OrderDocumentStates on Order {\n    number\n    invoice {\n      number\n      pdfUrl\n      document {\n        status\n      }\n    }\n    quote {\n      number\n      validUntil\n      pdfUrl\n      document {\n        status\n      }\n    }\n    receipt {\n      number\n      pdfUrl\n      document {\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderDetailFields on Order {\n    ...OrderSummaryFields\n    ...OrderDocumentStates\n    cancellable\n    cancelledAt\n    paidAt\n    expiredAt\n    invoiceMailedTo\n    totals {\n      ...DocumentTotalsFields\n    }\n    lines {\n      serialNumber\n      previousProduct {\n        code\n        name\n      }\n      product {\n        code\n        name\n      }\n      years\n      autoRenewal\n      expiresOn\n      expectedNewExpiresOn\n      newExpiresOn\n      priceExcludingTax\n    }\n    billing {\n      ...BillingDetailsFields\n    }\n    invoice {\n      issuedOn\n      voided\n      totalIncludingTax\n      bankAccount {\n        bankCode\n        bankName\n        branchCode\n        branchName\n        accountType\n        accountNumber\n        holderKana\n      }\n    }\n    receipt {\n      issuedOn\n      receivedOn\n      amountReceived\n      feeDeducted\n    }\n    transfers {\n      bookedOn\n      amount\n      reversal\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment OrderDetailFields on Order {\n    ...OrderSummaryFields\n    ...OrderDocumentStates\n    cancellable\n    cancelledAt\n    paidAt\n    expiredAt\n    invoiceMailedTo\n    totals {\n      ...DocumentTotalsFields\n    }\n    lines {\n      serialNumber\n      previousProduct {\n        code\n        name\n      }\n      product {\n        code\n        name\n      }\n      years\n      autoRenewal\n      expiresOn\n      expectedNewExpiresOn\n      newExpiresOn\n      priceExcludingTax\n    }\n    billing {\n      ...BillingDetailsFields\n    }\n    invoice {\n      issuedOn\n      voided\n      totalIncludingTax\n      bankAccount {\n        bankCode\n        bankName\n        branchCode\n        branchName\n        accountType\n        accountNumber\n        holderKana\n      }\n    }\n    receipt {\n      issuedOn\n      receivedOn\n      amountReceived\n      feeDeducted\n    }\n    transfers {\n      bookedOn\n      amount\n      reversal\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RenewalErrorFields on RenewalError {\n    code\n    field\n    path\n    maxLines\n    maxLength\n    orderNumber\n  }\n"): (typeof documents)["\n  fragment RenewalErrorFields on RenewalError {\n    code\n    field\n    path\n    maxLines\n    maxLength\n    orderNumber\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RenewalAccount {\n    me {\n      email\n      companyName\n    }\n    billingProfile {\n      ...BillingDetailsFields\n    }\n  }\n"): (typeof documents)["\n  query RenewalAccount {\n    me {\n      email\n      companyName\n    }\n    billingProfile {\n      ...BillingDetailsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RenewalCartFacts($lines: [RenewalLineInput!]!) {\n    renewalPreview(lines: $lines) {\n      lines {\n        licence {\n          serialNumber\n          expiresOn\n          product {\n            code\n            name\n          }\n          renewalOptions {\n            product {\n              code\n              name\n            }\n            years\n            autoRenewal\n            priceExcludingTax\n            newExpiresOn\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RenewalCartFacts($lines: [RenewalLineInput!]!) {\n    renewalPreview(lines: $lines) {\n      lines {\n        licence {\n          serialNumber\n          expiresOn\n          product {\n            code\n            name\n          }\n          renewalOptions {\n            product {\n              code\n              name\n            }\n            years\n            autoRenewal\n            priceExcludingTax\n            newExpiresOn\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RenewalCartPrices($lines: [RenewalLineInput!]!) {\n    renewalPreview(lines: $lines) {\n      lines {\n        included\n        priceExcludingTax\n        newExpiresOn\n      }\n      totals {\n        ...DocumentTotalsFields\n      }\n      errors {\n        ...RenewalErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query RenewalCartPrices($lines: [RenewalLineInput!]!) {\n    renewalPreview(lines: $lines) {\n      lines {\n        included\n        priceExcludingTax\n        newExpiresOn\n      }\n      totals {\n        ...DocumentTotalsFields\n      }\n      errors {\n        ...RenewalErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RenewalLegalDocuments {\n    legalDocuments {\n      kind\n      version\n      title\n      body\n    }\n  }\n"): (typeof documents)["\n  query RenewalLegalDocuments {\n    legalDocuments {\n      kind\n      version\n      title\n      body\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuoteFields on Quote {\n    number\n    issuedOn\n    validUntil\n    pdfUrl\n    document {\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment QuoteFields on Quote {\n    number\n    issuedOn\n    validUntil\n    pdfUrl\n    document {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateQuote($input: CreateQuoteInput!) {\n    createQuote(input: $input) {\n      quote {\n        ...QuoteFields\n      }\n      errors {\n        ...RenewalErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateQuote($input: CreateQuoteInput!) {\n    createQuote(input: $input) {\n      quote {\n        ...QuoteFields\n      }\n      errors {\n        ...RenewalErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RenewalQuote($number: String!) {\n    quote(number: $number) {\n      quote {\n        ...QuoteFields\n      }\n      errors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query RenewalQuote($number: String!) {\n    quote(number: $number) {\n      quote {\n        ...QuoteFields\n      }\n      errors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceRenewalOrder($input: PlaceRenewalOrderInput!) {\n    placeRenewalOrder(input: $input) {\n      order {\n        number\n      }\n      errors {\n        ...RenewalErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PlaceRenewalOrder($input: PlaceRenewalOrderInput!) {\n    placeRenewalOrder(input: $input) {\n      order {\n        number\n      }\n      errors {\n        ...RenewalErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArchiveEntryFields on ArchiveEntry {\n    customerEmail\n    order {\n      number\n      status\n      placedAt\n      billing {\n        companyName\n      }\n      invoice {\n        number\n        issuedOn\n        totalIncludingTax\n        pdfUrl\n        document {\n          status\n        }\n      }\n      receipt {\n        number\n        issuedOn\n        pdfUrl\n        document {\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ArchiveEntryFields on ArchiveEntry {\n    customerEmail\n    order {\n      number\n      status\n      placedAt\n      billing {\n        companyName\n      }\n      invoice {\n        number\n        issuedOn\n        totalIncludingTax\n        pdfUrl\n        document {\n          status\n        }\n      }\n      receipt {\n        number\n        issuedOn\n        pdfUrl\n        document {\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Archive($search: ArchiveSearchInput, $first: Int!, $after: String) {\n    archive(search: $search, first: $first, after: $after) {\n      page {\n        nodes {\n          ...ArchiveEntryFields\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        totalCount\n      }\n      errors {\n        code\n        field\n        maxLength\n      }\n    }\n  }\n"): (typeof documents)["\n  query Archive($search: ArchiveSearchInput, $first: Int!, $after: String) {\n    archive(search: $search, first: $first, after: $after) {\n      page {\n        nodes {\n          ...ArchiveEntryFields\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        totalCount\n      }\n      errors {\n        code\n        field\n        maxLength\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentsOverview {\n    paymentsOverview {\n      openInvoices\n      openAmount\n      dueWeeks {\n        weekStarting\n        invoices\n        amount\n      }\n      receivedDays {\n        day\n        payments\n        amount\n      }\n      queueSize\n      queueAmount\n      oldestWaitingSince\n      queueAges {\n        minDays\n        maxDays\n        credits\n        amount\n      }\n    }\n  }\n"): (typeof documents)["\n  query PaymentsOverview {\n    paymentsOverview {\n      openInvoices\n      openAmount\n      dueWeeks {\n        weekStarting\n        invoices\n        amount\n      }\n      receivedDays {\n        day\n        payments\n        amount\n      }\n      queueSize\n      queueAmount\n      oldestWaitingSince\n      queueAges {\n        minDays\n        maxDays\n        credits\n        amount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvoiceSummaryFields on InvoiceSummaryType {\n    number\n    orderNumber\n    customerEmail\n    companyName\n    totalIncludingTax\n    dueOn\n    status\n  }\n"): (typeof documents)["\n  fragment InvoiceSummaryFields on InvoiceSummaryType {\n    number\n    orderNumber\n    customerEmail\n    companyName\n    totalIncludingTax\n    dueOn\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BankCreditFields on BankCredit {\n    id\n    state\n    bookedOn\n    amount\n    payerName\n    bankCode\n    branchCode\n    accountNumber\n    reference\n    reversal\n    reviewReason\n    filename\n    invoice {\n      ...InvoiceSummaryFields\n    }\n    candidates {\n      invoice {\n        ...InvoiceSummaryFields\n      }\n      matches\n      shortfall\n    }\n    resolvedBy\n    resolvedAt\n    resolutionNote\n  }\n"): (typeof documents)["\n  fragment BankCreditFields on BankCredit {\n    id\n    state\n    bookedOn\n    amount\n    payerName\n    bankCode\n    branchCode\n    accountNumber\n    reference\n    reversal\n    reviewReason\n    filename\n    invoice {\n      ...InvoiceSummaryFields\n    }\n    candidates {\n      invoice {\n        ...InvoiceSummaryFields\n      }\n      matches\n      shortfall\n    }\n    resolvedBy\n    resolvedAt\n    resolutionNote\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewPayloadFields on ReviewPayload {\n    credit {\n      ...BankCreditFields\n    }\n    errors {\n      code\n      message\n      feeLimit\n      maxLength\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewPayloadFields on ReviewPayload {\n    credit {\n      ...BankCreditFields\n    }\n    errors {\n      code\n      message\n      feeLimit\n      maxLength\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BankCredits($state: CreditState!, $first: Int!, $after: String) {\n    bankCredits(state: $state, first: $first, after: $after) {\n      nodes {\n        ...BankCreditFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query BankCredits($state: CreditState!, $first: Int!, $after: String) {\n    bankCredits(state: $state, first: $first, after: $after) {\n      nodes {\n        ...BankCreditFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyBankCredit($input: ApplyBankCreditInput!) {\n    applyBankCredit(input: $input) {\n      ...ReviewPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyBankCredit($input: ApplyBankCreditInput!) {\n    applyBankCredit(input: $input) {\n      ...ReviewPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefundBankCredit($input: CloseBankCreditInput!) {\n    refundBankCredit(input: $input) {\n      ...ReviewPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation RefundBankCredit($input: CloseBankCreditInput!) {\n    refundBankCredit(input: $input) {\n      ...ReviewPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissBankCredit($input: CloseBankCreditInput!) {\n    dismissBankCredit(input: $input) {\n      ...ReviewPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation DismissBankCredit($input: CloseBankCreditInput!) {\n    dismissBankCredit(input: $input) {\n      ...ReviewPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementImports($first: Int!, $after: String) {\n    statementImports(first: $first, after: $after) {\n      nodes {\n        id\n        filename\n        format\n        importedAt\n        importedBy\n        credits\n        applied\n        toReview\n        alreadyImported\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query StatementImports($first: Int!, $after: String) {\n    statementImports(first: $first, after: $after) {\n      nodes {\n        id\n        filename\n        format\n        importedAt\n        importedBy\n        credits\n        applied\n        toReview\n        alreadyImported\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentTotalsFields on DocumentTotals {\n    lineCount\n    rates {\n      ratePercent\n      amountExcludingTax\n      tax\n      amountIncludingTax\n    }\n    subtotal\n    tax\n    totalIncludingTax\n  }\n"): (typeof documents)["\n  fragment DocumentTotalsFields on DocumentTotals {\n    lineCount\n    rates {\n      ratePercent\n      amountExcludingTax\n      tax\n      amountIncludingTax\n    }\n    subtotal\n    tax\n    totalIncludingTax\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BillingDetailsFields on BillingDetails {\n    companyName\n    department\n    contactName\n    email\n    phone\n    postalCode\n    address\n    purchaseOrderNumber\n  }\n"): (typeof documents)["\n  fragment BillingDetailsFields on BillingDetails {\n    companyName\n    department\n    contactName\n    email\n    phone\n    postalCode\n    address\n    purchaseOrderNumber\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;