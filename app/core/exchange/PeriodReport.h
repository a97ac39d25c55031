#pragma once

// SKELETON — to be written.
namespace csirtkit {
class PeriodReport;
} // namespace csirtkit
