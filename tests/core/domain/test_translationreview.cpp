// A machine draft becomes a person's work when edited, and reviewed only by a second person.
#include "testsupport.h"

#include "domain/translationreview.h"

using namespace trellis;
using namespace trellis::domain;

namespace {
const QDateTime kMonday(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
const QDateTime kTuesday(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);

BilingualText drafted()
{
    BilingualText text(QStringLiteral("en"), QStringLiteral("Night shift solidarity"));
    text.setTranslation(QStringLiteral("es"), {QStringLiteral("Solidaridad turno noche"), TranslationStatus::Machine,
                                               QStringLiteral("apertium eng-spa"), kMonday});
    return text;
}
} // namespace

TEST_CASE("Editing a machine draft makes it human, by the person who edited it", "[domain][review]")
{
    BilingualText text = drafted();
    editTranslation(text, QStringLiteral("es"), QStringLiteral("Solidaridad en el turno de noche"), QStringLiteral("Ana"), kTuesday);
    const auto es = text.translation(QStringLiteral("es"));
    REQUIRE(es);
    CHECK(es->status == TranslationStatus::Human);
    CHECK(es->translator == QStringLiteral("Ana"));
    CHECK(es->translatedAt == kTuesday);
    CHECK(es->text == QStringLiteral("Solidaridad en el turno de noche"));
}

TEST_CASE("A second person's review marks a translation reviewed, the translator's own is refused", "[domain][review]")
{
    BilingualText text = drafted();
    editTranslation(text, QStringLiteral("es"), QStringLiteral("Solidaridad en el turno de noche"), QStringLiteral("Ana"), kMonday);
    const Status own = markReviewed(text, QStringLiteral("es"), QStringLiteral(" ana "), kTuesday);
    REQUIRE_FALSE(own.ok());
    CHECK(own.error().message == QStringLiteral("ana translated this text; a second person reviews it"));
    CHECK(text.statusIn(QStringLiteral("es")) == TranslationStatus::Human);

    REQUIRE(markReviewed(text, QStringLiteral("es"), QStringLiteral("Luis"), kTuesday).ok());
    const auto es = text.translation(QStringLiteral("es"));
    CHECK(es->status == TranslationStatus::Reviewed);
    CHECK(es->translator == QStringLiteral("Luis"));
    CHECK(es->translatedAt == kTuesday);
    CHECK(es->text == QStringLiteral("Solidaridad en el turno de noche"));
}

TEST_CASE("A machine draft can be reviewed as it is by a person", "[domain][review]")
{
    BilingualText text = drafted();
    REQUIRE(markReviewed(text, QStringLiteral("es"), QStringLiteral("Luis"), kTuesday).ok());
    CHECK(text.statusIn(QStringLiteral("es")) == TranslationStatus::Reviewed);
}

TEST_CASE("Nothing to review, the original, or no reviewer name are refused", "[domain][review]")
{
    BilingualText text = drafted();
    const BilingualText before = text;
    CHECK(markReviewed(text, QStringLiteral("fr"), QStringLiteral("Luis"), kTuesday).error().message
          == QStringLiteral("There is no fr translation to review yet"));
    CHECK(markReviewed(text, QStringLiteral("en"), QStringLiteral("Luis"), kTuesday).error().message
          == QStringLiteral("The original is not a translation to review"));
    CHECK(markReviewed(text, QStringLiteral("es"), QStringLiteral("  "), kTuesday).error().message
          == QStringLiteral("A review needs the reviewer's name"));
    CHECK(text == before);
}
