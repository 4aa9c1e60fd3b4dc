/**
 * Guice wiring, and the only package of the API that knows Guice. Each ratenet module ships one
 * {@link org.ratenet.api.inject.RatenetModule} that registers its components by name through
 * {@link org.ratenet.api.inject.Registrations}; {@link org.ratenet.api.inject.Ratenet} finds those
 * modules with {@link java.util.ServiceLoader}, adds the user's, rejects a name registered twice and
 * exposes the registries.
 */
package org.ratenet.api.inject;
