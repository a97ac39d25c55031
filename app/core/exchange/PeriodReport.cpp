#include "exchange/PeriodReport.h"
