/**
 * The SPI for check authors: {@link org.ducha.check.Check}, its immutable
 * {@link org.ducha.check.CheckDescriptor}, the {@link org.ducha.check.CheckPack} that
 * {@link java.util.ServiceLoader} discovers, and the {@link org.ducha.check.CheckContext} a check receives.
 */
package org.ducha.check;
