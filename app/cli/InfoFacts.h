#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

#include <utility>

namespace csirtkit {

class Workspace;

// What `csirtkit-cli info` prints, in order: stable keys (a script's contract — add, never rename)
// with their values. Booleans print as yes/no, and as true/false with --json.
class InfoFacts
{
public:
    using Facts = QList<std::pair<QString, QVariant>>;
    static Result<Facts> read(Workspace &workspace);
    static QJsonObject toJson(const Facts &facts);
};

} // namespace csirtkit
