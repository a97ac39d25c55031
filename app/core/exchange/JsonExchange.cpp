#include "exchange/JsonExchange.h"
