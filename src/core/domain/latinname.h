#pragma once
// The Latin transliteration of a name, as shown beside it and used for search.

#include <QString>

namespace trellis::domain {

/// "Сергей" -> "Sergej", "周" -> "Zhōu"; Latin names come back unchanged.
QString latinName(const QString &name);

} // namespace trellis::domain
