#pragma once

#include "common/Result.h"
#include "org/OrgProfile.h"

namespace csirtkit {

// Checks and normalises one profile field. Returns the value to store, or an Error whose message
// says what is wrong and what would be accepted.
class OrgProfileValidator
{
    Q_DECLARE_TR_FUNCTIONS(OrgProfileValidator)

public:
    static Result<QString> validate(OrgProfile::Field field, const QString &value);
    static constexpr int MaxLength = 20000;
};

} // namespace csirtkit
