#pragma once

// SKELETON — to be written.
namespace csirtkit {
class StixExporter;
} // namespace csirtkit
