#include "exchange/CsvExporter.h"
