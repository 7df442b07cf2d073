#pragma once
// What a ledger quantity counts: a currency, hours, words, pages, nights — or nothing at all.

#include "util/result.h"

#include <QString>

namespace trellis::domain {

/// A unit of contribution and its exact scale (digits after the decimal point).
class Unit {
public:
    enum class Type { None, Currency, Hours, Words, Pages, Nights };

    Unit() = default;
    static Unit none() { return Unit(); }
    static Unit hours() { return Unit(Type::Hours, QString()); }
    static Unit words() { return Unit(Type::Words, QString()); }
    static Unit pages() { return Unit(Type::Pages, QString()); }
    static Unit nights() { return Unit(Type::Nights, QString()); }
    /// A validated ISO 4217 currency.
    static Result<Unit> currency(const QString &code);
    /// Parses the stored or typed form: "EUR", "eur", "hours", "h", "words", "pages", "nights", "" (none).
    static Result<Unit> parse(const QString &text);

    Type type() const { return m_type; }
    bool isNone() const { return m_type == Type::None; }
    bool isCurrency() const { return m_type == Type::Currency; }
    /// The stored form: a currency code, "hours", "words", "pages", "nights", or "".
    QString key() const;
    /// Digits after the decimal point of quantities in this unit (EUR 2, JPY 0, hours 2, words 0).
    int scale() const;

    bool operator==(const Unit &) const = default;

private:
    Unit(Type type, QString code) : m_type(type), m_code(std::move(code)) {}
    Type m_type = Type::None;
    QString m_code;
};

/// An exact amount: an integer count of the unit's minor units (cents, hundredths of an hour).
struct Quantity {
    qint64 minorUnits = 0;
    Unit unit;

    /// "1234.50", "-3", "12.25": exact, in the unit's scale, '.' as separator (for storage and exports).
    QString toPlainString() const;
    /// Parses "1234.5" (plain, '.' separator) into exact minor units; rejects excess digits and overflow.
    static Result<Quantity> fromPlainString(const QString &text, const Unit &unit);
    bool operator==(const Quantity &) const = default;
};

} // namespace trellis::domain
