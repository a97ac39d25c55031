#pragma once

// SKELETON — to be written.
namespace csirtkit {
class MispExchange;
} // namespace csirtkit
