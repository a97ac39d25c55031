#include "exchange/StixExporter.h"
