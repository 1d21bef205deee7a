package io.healthpage.i18n;

import io.healthpage.internal.Suggestions;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The format-independent checks that turn a {@link Draft} into a {@link Bundle} of good entries. */
final class BundleChecks {
    static final int MAX_MESSAGE_LENGTH = 20_000;
    static final int MAX_MESSAGES = 10_000;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?");
    private static final Pattern ID = Pattern.compile("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?");
    private static final String ICU_HINT = "Check that every '{' has its '}', that plural and select have an 'other' "
            + "case, and that an apostrophe right before '{' or '}' is doubled ('') — see docs/bundle-format.md. "
            + "Until fixed, the fallback text is shown for this message.";

    private BundleChecks() {}

    /** The bundle, or null when the metadata makes the file unusable (problems were added to the draft). */
    static Bundle finish(Draft d, Set<String> knownKeys, String expectedArticleId) {
        for (String required : new String[] {"format", "locale", "kind", "article", "sourceLocale"}) {
            Draft.Value v = d.meta.get(required);
            if (v != null && v.value() == null) d.meta.remove(required); // empty is missing
        }
        Integer format = value(d, "format", Integer.class);
        Locale locale = locale(d, "locale");
        String kindName = value(d, "kind", String.class);
        String article = value(d, "article", String.class);
        Locale sourceLocale = locale(d, "sourceLocale");
        boolean usable = true;
        if (format == null) usable = missing(d, "format", "\"format\": 1");
        else if (format != 1) {
            d.error("bundle.unsupported-format", d.meta.get("format").offset(), null, "format " + format
                    + " is not supported (this version reads format 1)", "Use a newer healthpage or write format 1.");
            usable = false;
        }
        if (locale == null && !d.meta.containsKey("locale")) usable = missing(d, "locale", "\"locale\": \"es\"");
        else if (locale == null) usable = false;
        if (sourceLocale == null && !d.meta.containsKey("sourceLocale")) {
            usable = missing(d, "sourceLocale", "\"sourceLocale\": \"en\"");
        } else if (sourceLocale == null) usable = false;
        Bundle.Kind kind = null;
        if (kindName == null) usable = missing(d, "kind", "\"kind\": \"article\" or \"labels\"");
        else if (kindName.equals("article")) kind = Bundle.Kind.ARTICLE;
        else if (kindName.equals("labels")) kind = Bundle.Kind.LABELS;
        else {
            d.error("bundle.invalid-value", d.meta.get("kind").offset(), null, "kind \"" + kindName
                    + "\" is not one of article, labels", "Write \"kind\": \"article\" or \"kind\": \"labels\".");
            usable = false;
        }
        if (kind == Bundle.Kind.ARTICLE) {
            if (article == null) usable = missing(d, "article", "\"article\": \"<article id>\"");
            else if (!ID.matcher(article).matches()) {
                d.error("bundle.invalid-value", d.meta.get("article").offset(), null, "\"" + article
                        + "\" is not an article id", "Use the article's id: lower-case letters, digits and hyphens.");
                usable = false;
            } else if (expectedArticleId != null && !expectedArticleId.equals(article)) {
                d.error("bundle.article-mismatch", d.meta.get("article").offset(), null, "this bundle is for article \""
                        + article + "\", not \"" + expectedArticleId + "\"", "Move the file to the right article's i18n folder.");
                usable = false;
            }
        } else if (kind == Bundle.Kind.LABELS && d.meta.containsKey("article")) {
            d.warning("bundle.unknown-field", d.meta.get("article").offset(), null,
                    "a labels bundle belongs to no article: \"article\" is ignored", "Remove \"article\".");
            article = null;
        }
        BundleMetadata metadata = usable ? metadata(d, sourceLocale) : null;
        if (!d.hasMessages) {
            d.warning("bundle.missing-field", 0, null, "the bundle has no \"messages\"", "Add \"messages\": { … }.");
        }
        Map<String, BundleEntry> entries = new LinkedHashMap<>();
        int count = 0;
        for (Draft.Entry e : d.entries) {
            if (++count > MAX_MESSAGES) {
                d.error("bundle.too-large", e.keyOffset(), e.key(), "more than " + MAX_MESSAGES
                        + " messages; the rest of the file is ignored", "Split the content.");
                break;
            }
            BundleEntry entry = entry(d, e, knownKeys, locale == null ? Locale.ROOT : locale);
            if (entry != null) entries.put(entry.key(), entry);
        }
        if (!usable) return null;
        return new Bundle(d.file, locale, kind, kind == Bundle.Kind.ARTICLE ? article : null, metadata, entries);
    }

    private static BundleEntry entry(Draft d, Draft.Entry e, Set<String> knownKeys, Locale locale) {
        String key = e.key();
        if (!KEY.matcher(key).matches()) {
            d.error("bundle.invalid-key", e.keyOffset(), key, "\"" + key + "\" is not a valid message key",
                    "Keys use letters, digits, '.', '_' and '-' (for example section.risks.heading).");
            return null;
        }
        if (knownKeys != null && !knownKeys.contains(key)) {
            String nearest = Suggestions.nearest(key, knownKeys);
            d.warning("bundle.unknown-key", e.keyOffset(), key, "the source has no message \"" + key + "\"",
                    (nearest != null ? "Did you mean \"" + nearest + "\"? " : "")
                            + "The source message may have been renamed or removed; this entry is not used.");
            return null;
        }
        String text = e.text();
        if (text.isBlank()) {
            d.error("bundle.empty-text", e.textOffsets()[0], key, "the translation is empty",
                    "Translate the message or remove the entry (the fallback text is shown meanwhile).");
            return null;
        }
        if (text.length() > MAX_MESSAGE_LENGTH) {
            d.error("bundle.too-long", e.textOffsets()[0], key, "the translation has " + text.length()
                    + " characters (limit " + MAX_MESSAGE_LENGTH + ")", "Split the message in the source.");
            return null;
        }
        IcuCheck.Failure failure = IcuCheck.check(text, locale);
        if (failure != null) {
            int[] offsets = e.textOffsets();
            int offset = offsets.length == text.length() + 1 ? offsets[Math.min(failure.index(), text.length())] : offsets[0];
            d.error("bundle.icu-syntax", offset, key, "ICU message syntax: " + failure.message(), ICU_HINT);
            return null;
        }
        String source = e.source();
        if (source == null) {
            d.warning("bundle.missing-source-hash", e.keyOffset(), key, "the entry does not say which source text it "
                    + "translates", "Add \"source\": the hash of the source text (SourceHash); without it the "
                    + "translation counts as stale.");
        } else if (!SourceHash.isWellFormed(source)) {
            d.error("bundle.invalid-source-hash", e.sourceOffset(), key, "\"" + source
                    + "\" is not a source hash (8 lower-case hex digits)", "Copy the hash from the source bundle; "
                    + "until then the translation counts as stale.");
            source = null;
        }
        return new BundleEntry(key, text, source, e.note(), d.positions.line(e.keyOffset()),
                d.positions.column(e.keyOffset()));
    }

    private static BundleMetadata metadata(Draft d, Locale sourceLocale) {
        String translator = value(d, "translator", String.class);
        Boolean reviewed = value(d, "review.medicallyReviewed", Boolean.class);
        String reviewer = value(d, "review.reviewer", String.class);
        String dateText = value(d, "review.date", String.class);
        LocalDate date = null;
        if (dateText != null) {
            try {
                date = LocalDate.parse(dateText);
            } catch (DateTimeParseException ex) {
                d.error("bundle.invalid-value", d.meta.get("review.date").offset(), null, "\"" + dateText
                        + "\" is not a date", "Write the review date as YYYY-MM-DD.");
            }
        }
        boolean medicallyReviewed = Boolean.TRUE.equals(reviewed);
        if (medicallyReviewed && (reviewer == null || reviewer.isBlank())) {
            d.error("bundle.review-incomplete", d.meta.get("review.medicallyReviewed").offset(), null,
                    "marked as medically reviewed without a reviewer; read as not reviewed",
                    "Name the reviewer in \"reviewer\" (and the date), or set medicallyReviewed to false.");
            medicallyReviewed = false;
        }
        return new BundleMetadata(sourceLocale, translator, medicallyReviewed, reviewer, date);
    }

    private static <T> T value(Draft d, String name, Class<T> type) {
        Draft.Value v = d.meta.get(name);
        return v != null && type.isInstance(v.value()) ? type.cast(v.value()) : null;
    }

    private static Locale locale(Draft d, String name) {
        String tag = value(d, name, String.class);
        if (tag == null) return null;
        Optional<Locale> locale = LanguageNegotiator.parseTag(tag);
        if (locale.isEmpty() || !locale.get().toLanguageTag().equalsIgnoreCase(tag)) {
            d.error("bundle.invalid-value", d.meta.get(name).offset(), null, "\"" + tag + "\" is not a BCP 47 language tag",
                    "Write a tag such as \"es\", \"pt-BR\" or \"zh-Hant\" (hyphens, not underscores).");
            return null;
        }
        return locale.get();
    }

    private static boolean missing(Draft d, String name, String example) {
        d.error("bundle.missing-field", 0, null, "\"" + name + "\" is missing", "Add " + example
                + ". Nothing from this file was loaded.");
        return false;
    }
}
