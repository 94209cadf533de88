// Step-up authorization: on 403 insufficient_scope the client must request
// the union of what it already had and what the challenge asks for.

export class Transport {
  async handleForbidden(response, challenge) {
    if (response.status === 403 && challenge.error === 'insufficient_scope') {
      // Replaces the stored scope: the next token loses every earlier permission.
      this._scope = challenge.scope;
      return this.reauthorize({ scope: this._scope });
    }
    return undefined;
  }
}
