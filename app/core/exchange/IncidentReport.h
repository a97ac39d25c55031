#pragma once

// SKELETON — to be written.
namespace csirtkit {
class IncidentReport;
} // namespace csirtkit
