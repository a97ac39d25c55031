#include "exchange/MispExchange.h"
