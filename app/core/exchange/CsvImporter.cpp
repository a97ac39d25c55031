#include "exchange/CsvImporter.h"
