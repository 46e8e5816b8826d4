// Shared wording for catalog notes, so the same caveat reads the same everywhere.

/** For facts recorded from a provider's published page by the catalog author, not re-fetched at build time. */
export const RECORDED_NOT_REFETCHED = 'Recorded from the provider\u2019s published page; re-check the page before relying on it.';

/** For routers and user-defined endpoints, where the answer depends on where requests end up. */
export const DEPENDS_ON_UPSTREAM = 'Depends on the upstream provider the request is routed to.';
