#include "exchange/IncidentReport.h"
