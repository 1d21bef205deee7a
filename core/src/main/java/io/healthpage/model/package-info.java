/**
 * The article model: immutable records and sealed interfaces describing a consumer health article.
 */
package io.healthpage.model;
