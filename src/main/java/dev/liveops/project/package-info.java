/**
 * Naming projects the way people type them: {@link dev.liveops.project.ProjectDirectory} resolves an id, a name, a
 * prefix or a last path segment to one QuantConnect project, shared by the commands, the watcher and autocomplete.
 */
package dev.liveops.project;
