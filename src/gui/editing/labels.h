#pragma once
// The words the window uses for the product's enumerations, translated into the UI language. The
// words it shares with the reports are theirs (reports/reportlabels.h, the same "Labels" context).

#include "domain/bilingualtext.h"
#include "domain/ledgerentry.h"
#include "domain/partner.h"
#include "domain/campaign.h"
#include "domain/listeningquorum.h"
#include "domain/retro.h"
#include "domain/solidarityrecords.h"
#include "reports/reportlabels.h"

#include <QDateTime>
#include <QString>

namespace trellis::gui {

/// The UI language's tag ("en", "ar", "pt"): the language of the labels, and of names and
/// figures where a record has a version in it.
QString uiLanguage();

using reports::kindLabel;
using reports::partnerKindLabel;
using reports::questionLabel;
using reports::statusLabel;
using reports::unitLabel;

QString entryStatusLabel(domain::EntryStatus status, bool isReversal = false);
QString campaignStatusLabel(domain::CampaignStatus status);
QString paraphraseStateLabel(domain::ParaphraseState state);
QString exchangeKindLabel(domain::ExchangeKind kind);
QString exchangeStatusLabel(domain::ExchangeStatus status);
QString crossoverKindLabel(domain::CrossoverKind kind);
/// The label of a record field key ("narrative", "step:2", "answer:3", ...).
QString fieldLabel(const QString &key);
/// A language's name in the UI language, with its own name beside it when they differ.
QString languageLabel(const QString &tag);
/// A date in the UI locale's short numeric form, always with a four-digit year ("2/12/2026", never "2/12/26").
QString shortDate(const QDate &date);
QString shortDateTime(const QDateTime &at);
/// A date as lists show it: the UI locale's medium form, in its calendar ("Dec 2, 2026", "2 dic 2026").
QString mediumDate(const QDate &date);
/// A quantity in the UI language; in a right-to-left UI a currency amount is one left-to-right
/// run ("US$ 12.50", never "$US"). Empty without a quantity.
QString amountLabel(const std::optional<domain::Quantity> &quantity);
/// A country's name in the UI language (ICU's names, "IR" -> "إيران" in Arabic); "—" for none.
QString countryLabel(const QString &code);
/// An id or an ordinal ("Entry 1234", "Answer 3") in the UI locale's digits, never grouped:
/// "١٢٣٤" in the Arabic UI, so one screen never mixes two digit systems.
QString numberLabel(qint64 number);
/// A whole percentage as the UI locale writes it ("60%", "60 %", "٦٠٪").
QString percentLabel(int percent);
/// Items joined as the UI language separates a list ("12, 40"; "١٢، ٤٠" with the Arabic comma).
QString listLabel(const QStringList &items);
/// The ASCII digits of text in the UI locale's digits ("12.5" -> "١٢.٥" in Arabic); the rest kept.
QString localDigits(const QString &text);
/// A day in ISO order (yyyy-MM-dd) written in the UI locale's digits, for fields that take ISO dates.
QString isoDateLabel(const QDate &date);
/// A retro's quarter ("2026-Q3") as the UI language names it, in its digits.
QString quarterLabel(const QString &quarter);
/// Text that must read left to right inside any paragraph ("2026-Q3", "+1"), wrapped in a
/// left-to-right isolate, so a right-to-left UI does not turn it into "Q3-2026".
QString leftToRight(const QString &text);
/// Text of either direction (a partner's name, a quoted reason) kept whole inside a sentence of
/// the other direction: wrapped in a first-strong isolate.
QString isolated(const QString &text);

} // namespace trellis::gui
