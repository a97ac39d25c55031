#include "exchange/CsvFormat.h"
