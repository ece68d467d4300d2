/**
 * Who may do what: permissions, roles (optionally limited to project globs), the mapping from platform identities
 * to people and roles, and the deny-by-default {@link dev.liveops.access.AccessPolicy}. Also the audit records every
 * command leaves.
 */
package dev.liveops.access;
