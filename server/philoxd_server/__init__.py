"""philoxd server: TensorFlow-exact random streams behind gRPC.

Subpackages: ``engine`` (pure kernels and TF rules), ``state`` (stores),
``service`` (servicer); ``cli`` runs ``philoxd serve``.
"""

__all__: list[str] = []
