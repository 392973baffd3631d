/**
 * The engine: {@link org.ducha.engine.Inspector} runs check packs over institutions according to a
 * {@link org.ducha.engine.Profile} and produces {@link org.ducha.engine.InspectionReport}s; the
 * {@link org.ducha.engine.MessageCatalog} renders their messages; the {@link org.ducha.engine.RecordValidator}
 * lists every problem with input records.
 */
package org.ducha.engine;
