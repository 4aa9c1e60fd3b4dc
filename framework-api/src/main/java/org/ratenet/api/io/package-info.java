/** Writing results safely: folders that appear whole or not at all. */
package org.ratenet.api.io;
